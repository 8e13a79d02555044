using System.ComponentModel.DataAnnotations;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Notifications;

/// <param name="CoordinatorEmail">Where the coordinator's reminders are mailed; none: they are only listed.</param>
public sealed record NotificationSettings([property: StringLength(254), EmailAddress, SingleLine] string? CoordinatorEmail);
