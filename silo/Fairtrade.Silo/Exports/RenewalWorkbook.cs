using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// The renewal application as a workbook a campaign office reads without explanation: a summary whose actual counts
/// are formulas over the detail sheets (so an edited list moves the summary), the campaign's lists, the evidence
/// index and the changes of the current title period.
/// </summary>
public static class RenewalWorkbook
{
    /// <summary>Rows of the council's products that the summary's formulas look at; far more than any council lists.</summary>
    internal const int CouncilRows = 500;
    internal const int CouncilHeaderRow = 3;

    /// <summary>Where in the summary's facts the day asked for, and the first day of the press window, stand (the formulas refer to them).</summary>
    private const int AsOfFact = 9;
    private const int MediaFromFact = 11;

    /// <summary>The workbook as the bytes of an .xlsx file.</summary>
    public static byte[] Write(RenewalData data, WorkbookTexts t, ProductVocabulary vocabulary, Func<DateTimeOffset, DateTime> local) =>
        WorkbookWriter.Write(workbook =>
        {
            Summary(workbook, data, t);
            var outlets = data.Participants.Where(p => p.Details.Kind is ParticipantKind.Retail or ParticipantKind.Catering).ToArray();
            Outlets(workbook.Sheet(t.RetailSheet, t.OutletHeaders), "Retail", outlets.Where(p => p.Details.Kind == ParticipantKind.Retail), t);
            Outlets(workbook.Sheet(t.CateringSheet, t.OutletHeaders), "Catering", outlets.Where(p => p.Details.Kind == ParticipantKind.Catering), t);
            CivilSociety(workbook.Sheet(t.CivilSocietySheet, t.CivilSocietyHeaders), data, t);
            SteeringGroup(workbook.Sheet(t.SteeringGroupSheet, t.SteeringGroupHeaders), data);
            Council(workbook.Sheet(t.CouncilSheet, t.CouncilHeaders, CouncilHeaderRow), data, t, vocabulary);
            Media(workbook.Sheet(t.MediaSheet, t.MediaHeaders), data);
            EvidenceIndex(workbook.Sheet(t.EvidenceSheet, t.EvidenceHeaders), data);
            Changes(workbook.Sheet(t.ChangesSheet, t.ChangesHeaders), data, local);
        });

    private static void Summary(WorkbookWriter workbook, RenewalData data, WorkbookTexts t)
    {
        var town = data.Town;
        var title = data.Status.Title;
        object?[] facts =
        [
            town.Name, KebabEnum.Name(town.Kind), town.Population, $"{data.Ruleset.Name} ({data.Ruleset.Id})", data.Ruleset.Version,
            data.Ruleset.Source, town.TitleAwardedOn, town.LastRenewedOn, title.RenewalDueOn, data.AsOf, KebabEnum.Name(data.Status.Overall),
            MediaWindowStart(data.AsOf, data.Ruleset.Media.WindowMonths),
        ];
        var table = workbook.Sheet(t.SummarySheet, t.SummaryHeaders, headerRow: facts.Length + 2);
        for (var i = 0; i < facts.Length; i++)
        {
            table.Label(i + 1, 1, t.SummaryFacts[i]);
            table.Put(i + 1, 2, facts[i]);
        }

        var formulas = new SummaryFormulas(t, $"$B${AsOfFact + 1}", $"$B${MediaFromFact + 1}");
        foreach (var criterion in data.Status.Criteria)
        {
            foreach (var (counter, required) in criterion.Required)
            {
                var row = table.NextRow;
                table.Add(
                    t.Criteria.GetValueOrDefault(criterion.Key, criterion.Key), counter, required,
                    new Formula(formulas.Actual(counter)),
                    new Formula($"IF(D{row}>=C{row},\"{t.Yes}\",\"{t.No}\")"),
                    t.YesNo(criterion.Met));
            }
        }

        table.Finish("Summary");
    }

    private static void Outlets(SheetWriter writer, string table, IEnumerable<ParticipantView> outlets, WorkbookTexts t)
    {
        foreach (var p in outlets)
        {
            var d = p.Details;
            var evidence = Covering(p);
            writer.Add(
                d.Name, d.Address, d.Chain, string.Join(", ", d.Products), t.YesNo(d.ListPublicly), t.YesNo(p.Qualifies),
                evidence?.EffectiveDate, evidence?.ToFacts().LastValidDay, d.Contact?.Person, d.Contact?.Email, d.Contact?.Phone, p.Id);
        }

        writer.Finish(table);
    }

    private static void CivilSociety(SheetWriter writer, RenewalData data, WorkbookTexts t)
    {
        foreach (var p in data.Participants.Where(p => ParticipantRules.IsCivilSociety(p.Details.Kind)))
        {
            var kind = KebabEnum.Name(p.Details.Kind);
            var activity = p.Activities.Where(a => a.Date <= data.AsOf).MaxBy(a => a.Date);
            var evidence = Covering(p);
            writer.Add(
                p.Details.Name, t.Kinds.GetValueOrDefault(kind, kind), activity?.Title, activity?.Date, string.Join(", ", p.Details.Products),
                t.YesNo(p.Qualifies), evidence?.EffectiveDate, evidence?.ToFacts().LastValidDay, p.Id);
        }

        writer.Finish("CivilSociety");
    }

    private static void SteeringGroup(SheetWriter writer, RenewalData data)
    {
        foreach (var member in data.SteeringGroup)
        {
            writer.Add(member.Name, member.Organisation, KebabEnum.Name(member.Sector));
        }

        writer.Finish("SteeringGroup");
    }

    private static void Council(SheetWriter writer, RenewalData data, WorkbookTexts t, ProductVocabulary vocabulary)
    {
        writer.Label(1, 1, t.ResolutionAdoptedOn);
        writer.Put(1, 2, data.Council.ResolutionAdoptedOn);

        foreach (var product in data.Council.ProductsServed)
        {
            writer.Add(product, KebabEnum.Name(vocabulary.Categorize(product)));
        }

        writer.Finish("CouncilProducts");
    }

    private static void Media(SheetWriter writer, RenewalData data)
    {
        foreach (var article in data.Press)
        {
            writer.Add(article.PublishedOn, article.Outlet, article.Title, article.Url);
        }

        writer.Finish("Media");
    }

    private static void EvidenceIndex(SheetWriter writer, RenewalData data)
    {
        var names = data.Participants.ToDictionary(p => p.Id, p => p.Details.Name);
        foreach (var e in data.Evidence)
        {
            writer.Add(
                e.Id, names.GetValueOrDefault(e.Subject, e.Subject), KebabEnum.Name(e.Kind), e.EffectiveDate, e.ToFacts().LastValidDay,
                KebabEnum.Name(e.ToFacts().StatusOn(data.AsOf)), e.ReviewedBy, e.File?.Name, e.File?.Sha256);
        }

        writer.Finish("Evidence");
    }

    private static void Changes(SheetWriter writer, RenewalData data, Func<DateTimeOffset, DateTime> local)
    {
        foreach (var change in data.Changes)
        {
            var details = string.Join("; ", change.Changes.Select(c => $"{c.Key}: {c.Value.Old ?? "–"} → {c.Value.New ?? "–"}"));
            writer.Add(local(change.At), change.Actor, change.Action, change.Subject, details);
        }

        writer.Finish("Changes");
    }

    /// <summary>
    /// The first publication day whose article still counts on <paramref name="asOf"/>, by the rules' own month
    /// arithmetic (an article counts until the same day <paramref name="months"/> later); a spreadsheet's EDATE
    /// would differ at the end of a month.
    /// </summary>
    private static DateOnly MediaWindowStart(DateOnly asOf, int months)
    {
        var day = asOf.AddMonths(-months).AddDays(-3);
        while (DatePeriod.MonthsFrom(day, months).Until <= asOf)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The approved evidence that covers the day asked for, the one that lasts longest.</summary>
    private static EvidenceRecord? Covering(ParticipantView participant) =>
        participant.Evidence.Where(e => e.ToFacts().IsValidOn(participant.AsOf)).MaxBy(e => e.ValidUntil);
}
