namespace Fairtrade.Silo.Renewals;

/// <param name="InvitedOn">The day the campaign invited the town; at most tomorrow.</param>
public sealed record InviteRenewalRequest([property: Mandatory] DateOnly? InvitedOn);
