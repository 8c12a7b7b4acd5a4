/**
 * Abbreviations SG17 delegates type for what the texts spell out, as data: searching "QKD" must
 * reach "quantum key distribution networks" (X.1716), "PKI" a "public-key infrastructure". The
 * search index gives every document holding a spelled-out phrase the abbreviation as one more
 * term (src/dataset/search.ts), so an asked abbreviation is one word of the question and ranks as
 * one: "qkd security" puts a text holding both above a text holding either.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  qkd: ['quantum key distribution'],
  qkdn: ['quantum key distribution network'],
  pki: ['public key infrastructure'],
  pii: ['personally identifiable information'],
  iot: ['internet of things'],
  iiot: ['industrial iot', 'industrial internet of things'],
  ai: ['artificial intelligence'],
  ml: ['machine learning'],
  dlt: ['distributed ledger technology', 'distributed ledger'],
  its: ['intelligent transport system', 'intelligent transportation system'],
  oid: ['object identifier'],
  ran: ['radio access network'],
  dfs: ['digital financial service'],
  uam: ['urban air mobility'],
  v2x: ['vehicle to everything'],
  pqc: ['post quantum cryptography'],
  ztd: ['zero touch deployment'],
  cop: ['child online protection'],
  kyc: ['know your customer'],
  ussd: ['unstructured supplementary service data'],
  cti: ['cyber threat intelligence'],
  sdn: ['software defined networking', 'software defined network'],
  mfa: ['multi factor authentication'],
  ssi: ['self sovereign identity'],
};
