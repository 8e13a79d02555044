using System.Text.RegularExpressions;
using Fairtrade.Rules.Reminders;

namespace Fairtrade.Rules.Rulesets;

/// <summary>Checks the meaning of a parsed ruleset: ranges, and bands that cover every population in order.</summary>
public static partial class RulesetValidator
{
    public static IReadOnlyList<(string Field, string Message)> Validate(Ruleset ruleset)
    {
        var errors = new List<(string, string)>();
        void Range(string field, int value, int min, int max)
        {
            if (value < min || value > max)
            {
                errors.Add((field, $"must be between {min} and {max}, not {value}."));
            }
        }

        if (!IdPattern().IsMatch(ruleset.Id))
        {
            errors.Add(("$.id", "must be lower-case letters, digits and inner hyphens, at most 64 characters."));
        }

        Range("$.evidenceValidityMonths", ruleset.EvidenceValidityMonths, 1, 120);
        Range("$.atRiskHorizonDays", ruleset.AtRiskHorizonDays, 0, 3650);
        // Reminders are drawn from the expiring-soon list; shorter than the first reminder, that one would never go out.
        Range("$.expiringSoonDays", ruleset.ExpiringSoonDays, ReminderSchedule.Stages[0], 3650);
        Range("$.title.validityMonths", ruleset.Title.ValidityMonths, 1, 120);
        Range("$.title.renewalWindowWeeks", ruleset.Title.RenewalWindowWeeks, 0, 104);
        if (ruleset.Title.FirstValidityMonths is { } first)
        {
            Range("$.title.firstValidityMonths", first, 1, 120);
        }

        Range("$.renewal.answerWeeks", ruleset.Renewal.AnswerWeeks, 1, 52);
        if (ruleset.Renewal.ReminderDays.Length == 0
            || ruleset.Renewal.ReminderDays.Zip(ruleset.Renewal.ReminderDays.Skip(1)).Any(pair => pair.First <= pair.Second))
        {
            errors.Add(("$.renewal.reminderDays", "must name at least one day, largest first, each once."));
        }

        for (var i = 0; i < ruleset.Renewal.ReminderDays.Length; i++)
        {
            Range($"$.renewal.reminderDays[{i}]", ruleset.Renewal.ReminderDays[i], 1, 365);
        }

        foreach (var (counter, value) in ruleset.Council.RequiredProducts)
        {
            if (!CouncilCounters.Contains(counter))
            {
                errors.Add(($"$.council.requiredProducts.{counter}", $"is not a council counter; use one of {string.Join(", ", CouncilCounters)}."));
            }

            Range($"$.council.requiredProducts.{counter}", value, 0, 20);
        }

        Range("$.steeringGroup.minMembers", ruleset.SteeringGroup.MinMembers, 0, 100);
        Range("$.retailCatering.minRetailProducts", ruleset.RetailCatering.MinRetailProducts, 0, 100);
        Range("$.retailCatering.minCateringProducts", ruleset.RetailCatering.MinCateringProducts, 0, 100);
        Bands("$.retailCatering.retail", ruleset.RetailCatering.Retail, errors);
        Bands("$.retailCatering.catering", ruleset.RetailCatering.Catering, errors);
        Range("$.civilSociety.minProducts", ruleset.CivilSociety.MinProducts, 0, 100);
        Range("$.civilSociety.activityWindowMonths", ruleset.CivilSociety.ActivityWindowMonths, 1, 120);
        Bands("$.civilSociety.school", ruleset.CivilSociety.School, errors);
        Bands("$.civilSociety.club", ruleset.CivilSociety.Club, errors);
        Bands("$.civilSociety.faith", ruleset.CivilSociety.Faith, errors);
        Range("$.media.windowMonths", ruleset.Media.WindowMonths, 1, 120);
        Bands("$.media.articles", ruleset.Media.Articles, errors);
        return errors;
    }

    /// <summary>The counters a council requirement may name.</summary>
    public static readonly IReadOnlyList<string> CouncilCounters = ["coffee", "otherProducts", "products"];

    private static void Bands(string field, PopulationBand[] bands, List<(string, string)> errors)
    {
        if (bands.Length == 0)
        {
            errors.Add((field, "needs at least one band."));
            return;
        }

        for (var i = 0; i < bands.Length; i++)
        {
            var band = bands[i];
            var at = $"{field}[{i}]";
            var last = i == bands.Length - 1;
            if (last != band.UpTo is null)
            {
                errors.Add(($"{at}.upTo", last ? "the last band must have no upper bound, so every population is covered." : "only the last band may leave out its upper bound."));
            }

            if (i > 0 && band.UpTo <= bands[i - 1].UpTo)
            {
                errors.Add(($"{at}.upTo", "bands must rise: each upper bound above the one before."));
            }

            if (band.Base < 0 || band.Step < 0 || band.Per < 0 || band.From < 0)
            {
                errors.Add((at, "base, step, per and from may not be negative."));
            }

            if (band.Unpublished is not null && string.IsNullOrWhiteSpace(band.Unpublished))
            {
                errors.Add(($"{at}.unpublished", "must say why the number is not published."));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex IdPattern();
}
