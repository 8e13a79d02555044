using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Participants;

/// <summary>The <c>Participant</c> of API.md: its details, and whether it counts on the day asked.</summary>
public sealed record ParticipantResponse(
    string Id, ParticipantKind Kind, string Name, string? Address, string? Chain, string[] Products, Contact? Contact,
    bool ListPublicly, DateOnly AsOf, bool Qualifies, string[] Reasons, EvidenceSummary[] Evidence, Activity[] Activities, bool Archived)
{
    public static ParticipantResponse From(ParticipantView view)
    {
        var d = view.Details;
        return new(view.Id, d.Kind, d.Name, d.Address, d.Chain, d.Products, d.Contact, d.ListPublicly,
            view.AsOf, view.Qualifies, view.Reasons, view.Evidence, view.Activities, view.Archived);
    }
}
