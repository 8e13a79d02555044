namespace Fairtrade.Client.Evidence;

public static class EvidenceView
{
    public static IRenderable Render(JsonElement evidence)
    {
        var grid = Cells.Fields(evidence,
            ("Id", Cells.Field("id")), ("Subject", Cells.Field("subject")), ("Kind", Cells.Field("kind")), ("Effective", Cells.Field("effectiveDate")),
            ("Valid until", Cells.Field("validUntil")), ("Note", Cells.Field("note")), ("Submitted", Cells.Field("submittedAt")), ("By", Cells.Field("submittedBy")),
            ("Reviewed", Cells.Field("reviewedAt")), ("Reviewer", Cells.Field("reviewedBy")), ("Comment", Cells.Field("comment")), ("Status", Status));
        if (evidence.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.Object)
        {
            grid.AddRow(Cells.Plain("File"), Cells.Plain($"{file.Text("name")} ({file.Text("contentType")}, {(long.TryParse(file.Text("size"), out var bytes) ? JsonElements.Size(bytes) : file.Text("size"))})"));
        }

        return grid;
    }

    public static IRenderable Status(JsonElement evidence) => evidence.Text("status") switch
    {
        "approved" => Cells.Good("approved"),
        "submitted" => Cells.Warning("submitted"),
        var status => Cells.Bad(status),
    };
}
