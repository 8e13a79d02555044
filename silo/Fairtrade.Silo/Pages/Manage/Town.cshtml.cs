using Fairtrade.Grains;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>
/// A town's participants, filtered by kind and by whether they count today, with how much evidence waits for review.
/// Coordinators also add participants here.
/// </summary>
public sealed class TownModel(IGrainFactory grains, CampaignCalendar calendar) : TownPageModel(grains)
{
    public override string Tab => "participants";

    public Row[] Participants { get; private set; } = [];

    public int Waiting { get; private set; }

    /// <summary>The forecast in words, every participant by its name.</summary>
    public string Forecast { get; private set; } = "";

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "counts")]
    public string? Counts { get; set; }

    protected override async Task<IActionResult> LoadAsync()
    {
        var today = calendar.Today;
        var all = await TownGrain.GetParticipantsAsync();

        // The same evidence as the review queue: every participant's, archived or not, and the town's own.
        Waiting = all.Sum(p => p.Evidence.Count(e => e.Status == EvidenceStatus.Submitted))
            + (await TownGrain.GetEvidenceAsync()).Count(e => e.Status == EvidenceStatus.Submitted);
        Forecast = ForecastLine.Describe((await TownGrain.GetStatusAsync(today))!.Forecast, Texts.Language, new PageDates(Texts.Language, calendar), all.ToDictionary(p => p.Id));
        var entries = all.Where(p => !p.IsArchivedOn(today)).ToArray();
        var kind = KebabEnum.TryParse<ParticipantKind>(Kind, out var wanted) ? wanted : (ParticipantKind?)null;
        bool? counts = Counts switch { "yes" => true, "no" => false, _ => null };
        Participants = [.. entries
            .Where(p => kind is null || p.Kind == kind)
            .Select(p => new Row(p.Id, p.Name, KebabEnum.Name(p.Kind), p.Contribution.QualifiesOn(today), p.Evidence.Count(e => e.Status == EvidenceStatus.Submitted), p.ListPublicly))
            .Where(r => counts is null || r.Counts == counts)
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }

    public sealed record Row(string Id, string Name, string Kind, bool Counts, int Waiting, bool Listed);
}
