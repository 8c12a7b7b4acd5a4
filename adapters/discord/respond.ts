/**
 * Sending what handleInteraction produced, the same way for both ways in: the HTTP endpoint
 * writes the body as its response; the gateway POSTs it to the interaction callback. A deferred
 * reply is then completed by editing the original response through the interaction webhook.
 */
import { Routes, type REST } from 'discord.js';
import type { Logger } from '../../src/ports.js';
import type { InteractionPayload, InteractionReply } from './handle-interaction.js';

/** PATCH webhooks/{application}/{token}/messages/@original with the finished answer. */
export async function completeDeferred(rest: REST, interaction: InteractionPayload, reply: InteractionReply, logger: Logger): Promise<void> {
  if (!reply.followUp) return;
  try {
    // An edit may not change the ephemeral flag; the deferred response already set it.
    const { flags: _flags, ...body } = await reply.followUp();
    await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token), { body, auth: false });
  } catch (error) {
    logger.error({ err: error, interaction: interaction.id }, 'discord follow-up failed');
  }
}

/** Gateway: POST interactions/{id}/{token}/callback, then any follow-up. */
export async function sendReplyOverRest(rest: REST, interaction: InteractionPayload, reply: InteractionReply, logger: Logger): Promise<void> {
  await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: reply.body, auth: false });
  await completeDeferred(rest, interaction, reply, logger);
}
