using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Exports;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// How the import recognises sheets and columns: by the renewal workbook's own names in every language it is
/// exported in, and by the words coordinators' own lists use. Headers are compared trimmed and regardless of case.
/// </summary>
public static class ImportColumns
{
    /// <summary>The workbook's texts in every language it speaks; German and English first, as they name columns in messages.</summary>
    public static IReadOnlyList<WorkbookTexts> Languages { get; } = [.. CampaignLanguages.Supported.Select(WorkbookTexts.For)];

    private static readonly ImportField[] OutletFields =
    [
        ImportField.Name, ImportField.Address, ImportField.Chain, ImportField.Products, ImportField.ListPublicly, ImportField.Derived,
        ImportField.EvidenceDated, ImportField.Derived, ImportField.ContactPerson, ImportField.Email, ImportField.Phone, ImportField.Id,
    ];

    private static readonly ImportField[] CivilSocietyFields =
    [
        ImportField.Name, ImportField.Kind, ImportField.Activity, ImportField.ActivityDate, ImportField.Products, ImportField.Derived,
        ImportField.EvidenceDated, ImportField.Derived, ImportField.Id,
    ];

    /// <summary>Headers of lists kept outside this tool, in addition to the workbook's own.</summary>
    private static readonly Dictionary<string, ImportField> OwnListHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Art"] = ImportField.Kind, ["Typ"] = ImportField.Kind, ["Kind"] = ImportField.Kind, ["Type"] = ImportField.Kind,
        ["Kategorie"] = ImportField.Kind, ["Category"] = ImportField.Kind, ["Anschrift"] = ImportField.Address,
        ["Geschäft"] = ImportField.Name, ["Betrieb"] = ImportField.Name, ["Shop"] = ImportField.Name, ["Institution"] = ImportField.Name,
        ["Einrichtung"] = ImportField.Name, ["Fairtrade-Produkte"] = ImportField.Products, ["Fairtrade products"] = ImportField.Products,
        ["Kette"] = ImportField.Chain, ["Chain"] = ImportField.Chain, ["Email"] = ImportField.Email, ["Contact"] = ImportField.ContactPerson,
        ["Kontakt"] = ImportField.ContactPerson,
    };

    private static readonly Dictionary<string, SheetKind> SheetNames = Unambiguous(Languages.SelectMany(t => new[]
    {
        (t.SummarySheet, SheetKind.ReadOnly), (t.EvidenceSheet, SheetKind.ReadOnly), (t.ChangesSheet, SheetKind.ReadOnly),
        (t.RetailSheet, SheetKind.Retail), (t.CateringSheet, SheetKind.Catering), (t.CivilSocietySheet, SheetKind.CivilSociety),
        (t.SteeringGroupSheet, SheetKind.SteeringGroup), (t.CouncilSheet, SheetKind.Council), (t.MediaSheet, SheetKind.Media),
    }));

    private static readonly Dictionary<SheetKind, Dictionary<string, ImportField>> Headers = new()
    {
        [SheetKind.Retail] = Named(t => t.OutletHeaders, OutletFields),
        [SheetKind.Catering] = Named(t => t.OutletHeaders, OutletFields),
        [SheetKind.CivilSociety] = Named(t => t.CivilSocietyHeaders, CivilSocietyFields),
        [SheetKind.SteeringGroup] = Named(t => t.SteeringGroupHeaders, [ImportField.Name, ImportField.Organisation, ImportField.Sector]),
        [SheetKind.Council] = Named(t => t.CouncilHeaders, [ImportField.Product, ImportField.Derived]),
        [SheetKind.Media] = Named(t => t.MediaHeaders, [ImportField.PublishedOn, ImportField.Outlet, ImportField.Headline, ImportField.Link]),
        [SheetKind.ParticipantList] = new Dictionary<string, ImportField>(
            Named(t => t.OutletHeaders, OutletFields).Concat(Named(t => t.CivilSocietyHeaders, CivilSocietyFields)).Concat(OwnListHeaders)
                .DistinctBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The columns a sheet of this kind cannot do without.</summary>
    public static ImportField[] Required(SheetKind kind) => kind switch
    {
        SheetKind.Retail or SheetKind.Catering => [ImportField.Name],
        SheetKind.CivilSociety or SheetKind.ParticipantList => [ImportField.Name, ImportField.Kind],
        SheetKind.SteeringGroup => [ImportField.Name, ImportField.Sector],
        SheetKind.Council => [ImportField.Product],
        SheetKind.Media => [ImportField.PublishedOn, ImportField.Outlet, ImportField.Headline],
        _ => [],
    };

    public static SheetKind SheetKindOf(string sheetName) => SheetNames.GetValueOrDefault(sheetName.Trim(), SheetKind.ParticipantList);

    public static ImportField? FieldOf(SheetKind kind, string header) =>
        Headers.TryGetValue(kind, out var headers) && headers.TryGetValue(header.Trim(), out var field) ? field : null;

    /// <summary>The label of the council's resolution date on a council sheet of this name, in the sheet's language.</summary>
    public static string ResolutionLabel(string councilSheet) =>
        (Languages.FirstOrDefault(t => string.Equals(t.CouncilSheet, councilSheet.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? WorkbookTexts.For(CampaignLanguages.Fallback)).ResolutionAdoptedOn;

    /// <summary>How a field's column is called in the workbook's German and English, for messages.</summary>
    public static string Describe(SheetKind kind, ImportField field) =>
        string.Join(" / ", Headers.GetValueOrDefault(kind, Headers[SheetKind.ParticipantList]).Where(pair => pair.Value == field)
            .Select(pair => pair.Key).Take(2).DefaultIfEmpty(field.ToString()));

    private static Dictionary<string, ImportField> Named(Func<WorkbookTexts, IReadOnlyList<string>> headers, ImportField[] fields) =>
        Unambiguous(Languages.SelectMany(texts => headers(texts).Count == fields.Length
            ? headers(texts).Zip(fields)
            : throw new InvalidOperationException($"The workbook's {texts.Language} headers and the import's fields differ in number.")));

    /// <summary>
    /// Words by what they mean. One word may stand in several languages (Presse, Link); a word meaning two things
    /// would read one language's column as another's, a defect the import's first use reports.
    /// </summary>
    private static Dictionary<string, T> Unambiguous<T>(IEnumerable<(string Word, T Meaning)> words)
    {
        var meanings = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, meaning) in words)
        {
            if (!meanings.TryAdd(word, meaning) && !EqualityComparer<T>.Default.Equals(meanings[word], meaning))
            {
                throw new InvalidOperationException($"The workbook's word '{word}' means both {meanings[word]} and {meaning}.");
            }
        }

        return meanings;
    }
}
