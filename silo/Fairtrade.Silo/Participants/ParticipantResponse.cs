using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Evidence;

namespace Fairtrade.Silo.Participants;

/// <summary>
/// The <c>Participant</c> of docs/api.md: its details, whether it counts on the day asked, and its evidence with the reviewers'
/// decisions; <c>archived</c> says whether it is archived by that day, <c>archivedOn</c> from which day.
/// </summary>
public sealed record ParticipantResponse(
    string Id, ParticipantKind Kind, string Name, string? Address, string? Chain, string[] Products, Contact? Contact,
    bool ListPublicly, DateOnly AsOf, bool Qualifies, string[] Reasons, EvidenceResponse[] Evidence, Activity[] Activities, bool Archived,
    DateOnly? ArchivedOn, string? Language)
{
    public static ParticipantResponse From(ParticipantView view)
    {
        var d = view.Details;
        return new(view.Id, d.Kind, d.Name, d.Address, d.Chain, d.Products, d.Contact, d.ListPublicly,
            view.AsOf, view.Qualifies, view.Reasons, [.. view.Evidence.Select(e => EvidenceResponse.From(e, view.AsOf))], view.Activities, view.Archived,
            view.ArchivedOn, d.Language);
    }
}
