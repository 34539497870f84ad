import type { JA_BODIES } from './bodiesJa';

/**
 * The built-in messages in English: the same structure as the Japanese ones (polite, no blame,
 * one request with a date), written for English-speaking clients rather than translated word for
 * word. The same sections and platform words as the Japanese, so both say the same true things.
 */
export const EN_BODIES: Record<keyof typeof JA_BODIES, string> = {
  reminder: `Hello {{client}},

I am following up on my message{{#firstUnansweredDate}} of {{firstUnansweredDate}}{{/firstUnansweredDate}} about "{{title}}" and wanted to check that it reached you.

I know you are busy; whenever it suits you, a short reply would help me plan the next steps.
If you have already replied, please disregard this note.

Thank you, and best regards,

{{signature}}
`,
  reminder2: `Hello {{client}},

I am writing again about "{{title}}".

{{#unansweredDates}}
I sent messages on {{unansweredDates}} and have not yet seen a reply.
{{/unansweredDates}}
So that we can agree on the next steps, could you please reply by {{replyBy}}?
{{#ifNoReply}}
If I have not heard from you by then, {{ifNoReply}}.
{{/ifNoReply}}
If our messages have crossed, please accept my apologies.

Best regards,

{{signature}}
`,
  operatorReport: `{{#operator}}
To {{operator}},

{{/operator}}
I am reporting that I cannot reach my client on the contract below.

Contract: {{title}}
{{#contractUrl}}
Contract page: {{contractUrl}}
{{/contractUrl}}
Client: {{clientName}}
{{#deadline}}
Deadline: {{deadline}}
{{/deadline}}
{{#deliveryDate}}
Delivered: {{deliveryDate}}
{{/deliveryDate}}

What happened:
{{#lastReplyDate}}
- The client's last message: {{lastReplyDate}}
{{/lastReplyDate}}
{{#unansweredDates}}
- My messages with no reply: {{unansweredDates}}
{{/unansweredDates}}
{{#silentDays}}
- Days without an answer: {{silentDays}}
{{/silentDays}}

I have written to the client as listed above but have had no reply, so I cannot confirm how to continue.
Could you please remind them to get in touch?
Thank you for your help.

{{signature}}
`,
  termination: `Hello {{client}},

I am writing about "{{title}}".

{{#unansweredDates}}
I sent messages on {{unansweredDates}} and have not seen an answer since.
{{/unansweredDates}}
{{#operatorReportDate}}
On {{operatorReportDate}} I also asked {{operator}} to help me reach you.
{{/operatorReportDate}}

As I cannot continue the work this way, I will send {{endRequest}}{{#terminationDate}} on {{terminationDate}}{{/terminationDate}}.
{{#endEffect}}
{{endEffect}}
{{/endEffect}}
Please review the request and respond to it when you can.

Thank you for the opportunity to work on this project. If a message of yours has crossed with this one, please accept my apologies.

{{signature}}
`,
  cancellation: `Hello {{client}},

I am writing about cancelling "{{title}}".

{{#unansweredDates}}
I sent messages in the talk room on {{unansweredDates}}, but I have not seen a reply by the date I mentioned.
{{/unansweredDates}}
{{^unansweredDates}}
I have not seen a reply by the date I mentioned.
{{/unansweredDates}}

As I cannot continue this way, I will send a cancellation request{{#terminationDate}} on {{terminationDate}}{{/terminationDate}}.
Once the cancellation goes through, your payment is refunded.
Please check the request in the talk room when you can.

Thank you for your purchase. If a message of yours has crossed with this one, please accept my apologies.

{{signature}}
`,
  acceptanceRequest: `Hello {{client}},

I delivered "{{title}}"{{#deliveryDate}} on {{deliveryDate}}{{/deliveryDate}}.
{{#deliveryPlace}}
You can find the delivery on {{deliveryPlace}}{{#contractUrl}} ({{contractUrl}}){{/contractUrl}}.
{{/deliveryPlace}}

When you have a moment, could you please review it and mark it as {{acceptance}}?
If you would like any changes, just let me know and I will be happy to revise.

Best regards,

{{signature}}
`,
  extensionRequest: `Hello {{client}},

I need to ask you about the deadline for "{{title}}".

I am very sorry: because of {{reason}}, I will not be able to deliver by {{#deadline}}the agreed date, {{deadline}}{{/deadline}}{{^deadline}}the agreed date{{/deadline}}.
Would it be possible to move the deadline to {{newDeadline}}?

In the meantime, I can send you the parts that are already finished, if that helps.
I apologize for the inconvenience, and thank you for considering it.

Best regards,

{{signature}}
`,
  withdrawal: `Hello {{client}},

Thank you very much for {{#applied}}considering me for{{/applied}}{{^applied}}offering me{{/applied}} "{{title}}".

I am sorry to say that, because of {{reason}}, I must withdraw this time.
I apologize for not being able to help on this occasion.

I hope we have the chance to work together in the future.

Best regards,

{{signature}}
`,
  resumeThanks: `Hello {{client}},

Thank you for your reply about "{{title}}".

{{#contracted}}
{{#escrow}}
Could you let me know when {{escrow}} is likely to be made? I will start as soon as I can see it.
{{/escrow}}
{{^escrow}}
To be sure we agree, could you send me the work, the fee and the payment date by email? I will start as soon as I have them.
{{/escrow}}
{{/contracted}}
{{#escrowFunded}}
Before I continue, I would like to confirm the plan.
{{#deadline}}
Is the deadline of {{deadline}} still right for you? If so, I will carry on as agreed.
{{/deadline}}
{{^deadline}}
Could you let me know if your timing has changed? I will keep working in the meantime.
{{/deadline}}
{{/escrowFunded}}
{{#delivered}}
Have you had a chance to look at the delivery?
If you would like any changes, just let me know. If all is well, could you please mark it as {{acceptance}}?
{{/delivered}}

Best regards,

{{signature}}
`,
};
