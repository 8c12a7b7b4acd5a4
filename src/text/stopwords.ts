/**
 * The one list of stop words, for the parser and the search alike: words that carry no topic,
 * dropped before the rest of a question becomes search words or a topic filter. Politeness,
 * question words, verbs of asking, and words of the domain that the parser's tables already read.
 * The search drops them from what is asked unless nothing else is left ("prepare" alone still
 * finds the hot topic).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or of to in on at for from by with about regarding concerning related re into is are was were be been being am ' +
    'do does did done has have had having can could will would shall should may might must what which who whom whose when where why how ' +
    'any anything something some info information news there here this that these those it its me my we our us you your they their them i ' +
    'please pls plz kindly dear provide indicate share secretariat tell show find search look lookup up list give get got know let see want need like wondering wonder ' +
    'sg17 itu itut t all latest current currently now status state happened happen happening going go goes gone went ' +
    'sent send made make makes been everything results result thing process bot hey ok okay so just also yet still already ' +
    'anyone anybody someone somebody one ones else other than more less under via per over out off next last upcoming coming soon ahead mention mentions mentioning mentioned ' +
    'scheduled planned plan plans happening held hold holds take takes taking place placed set there s d ll ve re m ' +
    'would like to quick question q questions question list listing show me all every each both either neither same ' +
    'altogether overall left remaining remain took wat wht wot again right well yes no not nope yeah sure thanks thank hi hello closing date dates start starts starting begin began begun decision decisions decided outcome outcomes ' +
    // "q10 updates", "q4 overview", "what is q11 up to these days": how it stands, i.e. the Question itself
    'update updates overview progress lately recently days ' +
    // chat asides: "FYI: …", "can someone remind me which texts went to AAP"
    'fyi remind ' +
    // "no idea what LC means", "sorry, what does aap mean": an aside before a "what … means", no topic (the
    // definition was read as the list of texts in last call)
    'idea sorry ' +
    // "but what about q13?", "apart from that, anything else?": a negator that excludes nothing is no search word
    // (it answered 'Nothing found for "but"')
    'but apart ' +
    // "I'm the Q13 rapporteur, what do I need to prepare for the next rgm": who asks and why, never a topic
    // ("prepare" is a word of a hot topic, and filtered the Q13 RGM away); "wich" is "which"
    'im ive prepare preparing wich whihc ' +
    // "which rgms discuss pki", "approved texts that concern 5g": how a topic is asked, not a topic ("discuss" and
    // "cover" are words of RGM topics, and "about discuss pki" found nothing)
    'discuss discusses discussing discussed concern concerns cover covers covering relate relates relating ' +
    // "approved by the study group": who approves is always SG17
    'study group ' +
    // "the most recent meeting": which meeting, read by the rule for the last one, never a title word
    'most recent ' +
    // "new work items by route": every list of them already says how many go by each route
    'route routes ' +
    // "the first rgm next year", "earliest q1 rgm": which one of a list sorted by date (its top), never a topic
    // word ("first priority" in some RGM topics made it a filter that dropped the first RGM itself)
    'first earliest soonest'
  ).split(' '),
);
