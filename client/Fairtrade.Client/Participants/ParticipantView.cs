using Spectre.Console;

namespace Fairtrade.Client.Participants;

/// <summary>One participant for a person: its details, whether it counts, and its evidence.</summary>
public static class ParticipantView
{
    public static IRenderable Render(JsonElement participant) => new Rows(
        Cells.Fields(participant,
            ("Id", Cells.Field("id")), ("Name", Cells.Field("name")), ("Kind", Cells.Field("kind")), ("Address", Cells.Field("address")),
            ("Chain", Cells.Field("chain")), ("Products", Cells.Field("products")), ("Counts", Counts), ("Why not", WhyNot),
            ("Archived", p => Cells.Plain(p.Flag("archived") ? "yes" : "no"))),
        Cells.Rows(participant.Items("evidence"),
            ("Evidence", Cells.Field("id")), ("Kind", Cells.Field("kind")), ("Status", Cells.Field("status")),
            ("Effective", Cells.Field("effectiveDate")), ("Valid until", Cells.Field("validUntil"))));

    public static IRenderable Counts(JsonElement participant) => Cells.YesNo(participant.Flag("qualifies"));

    public static IRenderable WhyNot(JsonElement participant) => Cells.Plain(string.Join("; ", participant.Items("reasons").Select(r => r.GetString())));
}
