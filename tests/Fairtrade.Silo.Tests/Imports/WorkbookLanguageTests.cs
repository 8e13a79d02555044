using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Campaign;
using Fairtrade.Silo.Exports;
using Fairtrade.Silo.Imports;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>The renewal workbook in each language: names Excel accepts, and words the import reads as it reads the English ones.</summary>
public sealed class WorkbookLanguageTests
{
    public static TheoryData<string> Languages => [.. CampaignLanguages.Supported];

    private static string[] SheetNames(WorkbookTexts t) =>
    [
        t.SummarySheet, t.RetailSheet, t.CateringSheet, t.CivilSocietySheet, t.SteeringGroupSheet, t.CouncilSheet, t.MediaSheet,
        t.EvidenceSheet, t.ChangesSheet,
    ];

    private static (SheetKind Kind, IReadOnlyList<string> Headers)[] Tables(WorkbookTexts t) =>
    [
        (SheetKind.Retail, t.OutletHeaders), (SheetKind.Catering, t.OutletHeaders), (SheetKind.CivilSociety, t.CivilSocietyHeaders),
        (SheetKind.SteeringGroup, t.SteeringGroupHeaders), (SheetKind.Council, t.CouncilHeaders), (SheetKind.Media, t.MediaHeaders),
        (SheetKind.ParticipantList, t.OutletHeaders), (SheetKind.ParticipantList, t.CivilSocietyHeaders),
    ];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EverySheetNameIsOneExcelAccepts(string language)
    {
        var renewal = SheetNames(WorkbookTexts.For(language));

        renewal.Append(CampaignTexts.For(language).SheetName).ShouldAllBe(name => name.Length > 0 && name.Length <= 31
            && !name.Any(c => "[]:*?/\\".Contains(c)) && !name.StartsWith('\'') && !name.EndsWith('\''));
        renewal.ShouldBeUnique(StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheImportReadsEverySheetAndColumnAsItReadsTheEnglishOnes(string language)
    {
        var own = WorkbookTexts.For(language);
        var english = WorkbookTexts.For("en");

        SheetNames(own).Select(ImportColumns.SheetKindOf).ShouldBe(SheetNames(english).Select(ImportColumns.SheetKindOf));
        ImportColumns.ResolutionLabel(own.CouncilSheet).ShouldBe(own.ResolutionAdoptedOn);
        foreach (var ((kind, headers), (_, englishHeaders)) in Tables(own).Zip(Tables(english)))
        {
            headers.Select(h => ImportColumns.FieldOf(kind, h)).ShouldBe(englishHeaders.Select(h => ImportColumns.FieldOf(kind, h)), $"{kind}");
        }

        ImportWords.YesNo(own.Yes).ShouldBe(true);
        ImportWords.YesNo(own.No).ShouldBe(false);
        own.Kinds.Select(kind => ImportWords.Kind(kind.Value)?.ToString().ToLowerInvariant()).ShouldBe(own.Kinds.Keys);
    }
}
