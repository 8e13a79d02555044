namespace Fairtrade.Client.Evidence;

/// <summary>The fields of new evidence, worded once for <c>evidence upload</c> and <c>evidence declare</c>.</summary>
public static class EvidenceFields
{
    private static readonly string[] Kinds = ["declaration", "photo", "receipt", "menu", "resolution", "minutes", "member-list", "article", "other"];

    public static Argument<string> Subject() =>
        new("SUBJECT") { Description = "Whom it proves something about: a participant id, council, steering-group, or media:ID." };

    public static Option<string?> Kind(string description, bool required = false) => Symbols.OneOf("--kind", description, Kinds, required);

    public static Option<DateOnly?> EffectiveDate() => Symbols.Date("--effective-date", "The day the proof speaks for. Default: today.");

    public static Option<string?> Note() => Symbols.Text("--note", "A note for the reviewers.");

    /// <summary>The effective date to send: the one given, else today on this computer.</summary>
    public static string EffectiveDay(DateOnly? given) => Symbols.Day(given ?? DateOnly.FromDateTime(DateTime.Now));
}
