using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
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

    /// <summary>The participants of the what-if: "what if the Weltladen closes?"</summary>
    [FromQuery(Name = "without")]
    public string[] Without { get; set; } = [];

    /// <summary>The forecast as if <see cref="Without"/> stopped counting today, in words; null when none is asked.</summary>
    public string? WhatIf { get; private set; }

    /// <summary>Those that count today: the what-if's choices.</summary>
    public Row[] Counting { get; private set; } = [];

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
        await WhatIfAsync(all, today);
        var kind = KebabEnum.TryParse<ParticipantKind>(Kind, out var wanted) ? wanted : (ParticipantKind?)null;
        bool? counts = Counts switch { "yes" => true, "no" => false, _ => null };
        Participants = [.. entries
            .Where(p => kind is null || p.Kind == kind)
            .Select(p => new Row(p.Id, p.Name, KebabEnum.Name(p.Kind), p.Contribution.QualifiesOn(today), p.Evidence.Count(e => e.Status == EvidenceStatus.Submitted), p.ListPublicly))
            .Where(r => counts is null || r.Counts == counts)
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }

    /// <summary>Ids the town does not have are left out: a stale link asks about the others.</summary>
    private async Task WhatIfAsync(ParticipantEntry[] all, DateOnly today)
    {
        var byId = all.ToDictionary(p => p.Id);
        Counting = [.. all.Where(p => p.Contribution.QualifiesOn(today)).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new Row(p.Id, p.Name, KebabEnum.Name(p.Kind), true, 0, p.ListPublicly))];
        var leftOut = Without.Where(byId.ContainsKey).Distinct(StringComparer.Ordinal).ToArray();
        if (leftOut.Length > 0 && await TownGrain.GetForecastAsync(today, leftOut) is { Forecast: { } forecast })
        {
            var texts = ForecastTexts.For(Texts.Language);
            WhatIf = $"{texts.IfTheseClosed(string.Join(", ", leftOut.Select(id => byId[id].Name)))} "
                + ForecastLine.Describe(forecast, Texts.Language, new PageDates(Texts.Language, calendar), byId);
        }
    }

    public sealed record Row(string Id, string Name, string Kind, bool Counts, int Waiting, bool Listed);
}
