import type { JA_BODIES } from './bodiesJa';

/**
 * The built-in messages in English: the same structure as the Japanese ones (polite, no blame,
 * one request with a date), written for English-speaking clients rather than translated word for word.
 */
export const EN_BODIES: Record<keyof typeof JA_BODIES, string> = {
  reminder: `Hello {{client}},

I am following up on my message of {{firstUnansweredDate}} about "{{title}}" and wanted to check that it reached you.

I know you are busy; whenever it suits you, a short reply would help me plan the next steps.
If you have already replied, please disregard this note.

Thank you, and best regards,

{{signature}}
`,
  reminder2: `Hello {{client}},

I am writing again about "{{title}}".

I sent messages on {{unansweredDates}} and have not yet seen a reply.
So that I can plan the rest of the work, could you please reply by {{replyBy}}?

If I cannot reach you by then, I will ask {{operator}} to help us get in touch.
If our messages have crossed, please accept my apologies.

Best regards,

{{signature}}
`,
  operatorReport: `Report: I cannot reach my client

Contract: {{title}}
Contract page: {{contractUrl}}
Client: {{clientName}}
Current stage: {{stage}}
Deadline: {{deadline}}

What happened:
- The client's last message: {{lastReplyDate}}
- My messages with no reply: {{unansweredDates}}
- Days without an answer: {{silentDays}}

I have written to the client as listed above but have had no reply, so I cannot confirm how to continue.
Could you please help me get in touch with them?
Thank you for your help.

{{signature}}
`,
  termination: `Hello {{client}},

I am writing about "{{title}}".

I sent messages on {{unansweredDates}}, and on {{operatorReportDate}} I asked {{operator}} to help me reach you, but I have not had a reply.

As I cannot continue the work this way, on {{terminationDate}} I will send a request to end the contract, following {{platform}}'s process.
Please review the request and respond to it on the platform.

Thank you for the opportunity to work on this project. If a message of yours has crossed with this one, please accept my apologies.

{{signature}}
`,
  acceptanceRequest: `Hello {{client}},

I delivered "{{title}}" on {{deliveryDate}}. You can find the delivery on the {{platform}} contract page ({{contractUrl}}).

When you have a moment, could you please review it and approve the delivery?
If you would like any changes, just let me know and I will be happy to revise.

Best regards,

{{signature}}
`,
  extensionRequest: `Hello {{client}},

I need to ask you about the deadline for "{{title}}" ({{deadline}}).

I am very sorry: because of {{reason}}, I will not be able to deliver by the agreed date.
Would it be possible to move the deadline to {{newDeadline}}?

In the meantime, I can send you the parts that are already finished, if that helps.
I apologize for the inconvenience, and thank you for considering it.

Best regards,

{{signature}}
`,
  withdrawal: `Hello {{client}},

Thank you very much for considering me for "{{title}}".

I am sorry to say that, because of {{reason}}, I must withdraw this time.
I apologize for not being able to help on this occasion.

I hope we have the chance to work together in the future.

Best regards,

{{signature}}
`,
  resumeThanks: `Hello {{client}},

Thank you for your reply; I am glad to hear from you.

Before I continue with "{{title}}", I would like to confirm the plan.
Is the deadline of {{deadline}} still right for you? If so, I will carry on as agreed.

Best regards,

{{signature}}
`,
};
