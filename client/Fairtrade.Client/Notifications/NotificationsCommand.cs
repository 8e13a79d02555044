namespace Fairtrade.Client.Notifications;

/// <summary><c>notifications TOWN</c>: the reminders the server made for the town, and whether each went out.</summary>
public static class NotificationsCommand
{
    public static IEnumerable<Command> Create(CommandRunner runner)
    {
        return [runner.TownTable(
            new Command("notifications", Help.Describe("The reminders of evidence running out and of the renewal falling due, oldest first.",
                "fairtrade notifications bottrop",
                "fairtrade notifications bottrop --json | jq -r '.[] | select(.sentAt == null) | .recipient'")),
            "notifications",
            ("Due on", Cells.Field("dueOn")), ("Kind", Cells.Field("kind")), ("Subject", Cells.Field("subject")), ("Evidence", Cells.Field("evidenceId")),
            ("Recipient", Cells.Field("recipient")), ("Mailed", Mailed))];
    }

    private static IRenderable Mailed(JsonElement notification)
    {
        if (notification.Text("sentAt") is { Length: > 0 } sent)
        {
            return Cells.Good(sent);
        }

        if (notification.Text("failedAt") is { Length: > 0 })
        {
            return Cells.Bad("refused by the mail server");
        }

        // Without an address the recipient is the audience's name: such a reminder is only listed here, never mailed.
        return notification.Text("recipient").Contains('@', StringComparison.Ordinal) ? Cells.Warning("not yet") : Cells.Plain("no address");
    }
}
