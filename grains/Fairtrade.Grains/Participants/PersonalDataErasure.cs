using System.Text.Json;
using System.Text.Json.Nodes;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Audit;

namespace Fairtrade.Grains.Participants;

/// <summary>
/// What a participant's erasure takes out: its contact (as it is and as the audit trail says it ever was) and the
/// names of its evidence files, which people name after themselves, and who signed its declarations; and how its own state is rid of them.
/// </summary>
internal static class PersonalDataErasure
{
    private static readonly string[] ContactFields = ["person", "email", "phone"];

    public static ErasedValues Collect(ParticipantState state, IEnumerable<AuditEntry> history)
    {
        var contact = state.Details?.Contact;
        var files = state.Evidence.SelectMany(e => e.History.Select(r => (e.Kind, r.File)).Append((e.Kind, e.File)))
            .Where(f => f.File is not null && f.File.Name != NeutralName(f.Kind, f.File.Name))
            .Select(f => f.File!.Name);
        var recorded = history.SelectMany(e => e.Changes)
            .SelectMany(field => new[] { field.Value.Old, field.Value.New }.Select(value => (field.Key, value)))
            .SelectMany(field => field.Key switch
            {
                "contact" => Strings(field.value, ContactFields),
                "file" => Strings(field.value, ["name"]),
                "declaration" => Strings(field.value, ["signedBy"]),
                _ => [],
            });
        var signers = state.Evidence.Select(e => e.Declaration?.SignedBy);
        return new ErasedValues([contact?.Person, contact?.Email, contact?.Phone, .. files, .. signers, .. recorded]);
    }

    /// <summary>No contact; each file under a name that says only what it is; the values out of notes, comments and activities.</summary>
    public static void Erase(ParticipantState state, ErasedValues erased)
    {
        state.Details = state.Details! with { Contact = null };
        state.Evidence = [.. state.Evidence.Select(e => e with
        {
            File = Neutral(e.Kind, e.File),
            Note = erased.Scrub(e.Note),
            Comment = erased.Scrub(e.Comment),
            Declaration = e.Declaration is null ? null : e.Declaration with { SignedBy = erased.Scrub(e.Declaration.SignedBy)! },
            History = [.. e.History.Select(r => r with { File = Neutral(e.Kind, r.File), Note = erased.Scrub(r.Note), Comment = erased.Scrub(r.Comment) })],
        })];
        state.Activities = [.. state.Activities.Select(a => a with { Title = erased.Scrub(a.Title)! })];
        state.PendingAudit = [.. state.PendingAudit.Select(erased.Scrub)];
    }

    private static EvidenceFile? Neutral(EvidenceKind kind, EvidenceFile? file) => file is null ? null : file with { Name = NeutralName(kind, file.Name) };

    private static string NeutralName(EvidenceKind kind, string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString()) + Path.GetExtension(name);

    private static IEnumerable<string?> Strings(string? json, string[] names)
    {
        try
        {
            return json is not null && JsonNode.Parse(json) is JsonObject fields
                ? names.Select(name => fields[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
