using System.Globalization;
using ClosedXML.Excel;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Participants;
using Fairtrade.Silo.TownCriteria;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Reads an imported workbook into an <see cref="ImportBatch"/>: the renewal workbook's own sheets by their names in
/// any language it is exported in, and any other sheet as a list of participants. Read-only sheets (summary,
/// evidence index, changes) are passed over. Each row is checked as the API would check the same request.
/// </summary>
public static class WorkbookReader
{
    private static readonly Dictionary<string, ImportField> ParticipantFields = new()
    {
        ["Id"] = ImportField.Id, ["Kind"] = ImportField.Kind, ["Name"] = ImportField.Name, ["Address"] = ImportField.Address,
        ["Chain"] = ImportField.Chain, ["Products"] = ImportField.Products,
        ["Contact.Person"] = ImportField.ContactPerson, ["Contact.Email"] = ImportField.Email, ["Contact.Phone"] = ImportField.Phone,
    };

    private static readonly Dictionary<string, ImportField> ActivityFields = new() { ["Date"] = ImportField.ActivityDate, ["Title"] = ImportField.Activity };

    private static readonly Dictionary<string, ImportField> MemberFields = new()
    {
        ["Name"] = ImportField.Name, ["Sector"] = ImportField.Sector, ["Organisation"] = ImportField.Organisation,
    };

    private static readonly Dictionary<string, ImportField> ArticleFields = new()
    {
        ["PublishedOn"] = ImportField.PublishedOn, ["Outlet"] = ImportField.Outlet, ["Title"] = ImportField.Headline, ["Url"] = ImportField.Link,
    };

    private static readonly Dictionary<string, ImportField> CouncilFields = new() { ["ProductsServed"] = ImportField.Product };

    public static ImportBatch Read(XLWorkbook workbook, IReadOnlyDictionary<string, HashSet<string>> errorCells, DateOnly today, ImportErrors errors, IServiceProvider services)
    {
        var participants = new List<ImportedParticipant>();
        var members = new List<ImportedMember>();
        var articles = new List<ImportedArticle>();
        ImportedCouncil? council = null;
        foreach (var sheet in workbook.Worksheets)
        {
            if (sheet.Name.Any(char.IsControl))
            {
                errors.Add(new ImportError(ImportText.Printable(sheet.Name), null, null, ImportRowTexts.Current.SheetNameControlCharacters));
                continue;
            }

            var kind = ImportColumns.SheetKindOf(sheet.Name);
            var cells = errorCells.GetValueOrDefault(sheet.Name) ?? [];
            if (kind == SheetKind.ReadOnly || (kind == SheetKind.ParticipantList && sheet.LastCellUsed() is null)
                || SheetTable.Read(sheet, kind, cells, errors) is not { } table)
            {
                continue;
            }

            if (kind == SheetKind.Council)
            {
                council = Council(sheet, table, cells, errors, services);
                continue;
            }

            foreach (var row in table.Rows)
            {
                switch (kind)
                {
                    case SheetKind.SteeringGroup:
                        members.AddRange(Member(row, services));
                        break;
                    case SheetKind.Media:
                        articles.AddRange(Article(row, today, services));
                        break;
                    default:
                        participants.AddRange(Participant(row, kind, today, services));
                        break;
                }
            }
        }

        return new ImportBatch(participants, members, articles, council);
    }

    private static IEnumerable<ImportedParticipant> Participant(ImportRow row, SheetKind sheet, DateOnly today, IServiceProvider services)
    {
        var kind = sheet switch
        {
            SheetKind.Retail => (ParticipantKind?)ParticipantKind.Retail,
            SheetKind.Catering => ParticipantKind.Catering,
            _ => row.Text(ImportField.Kind) is { } word ? ImportWords.Kind(word) ?? Unknown(row, word) : null,
        };
        var contact = new ContactRequest(row.Text(ImportField.ContactPerson), row.Text(ImportField.Email), row.Text(ImportField.Phone));
        var request = new CreateParticipantRequest(
            row.Text(ImportField.Id), kind, row.Text(ImportField.Name), row.Text(ImportField.Address), row.Text(ImportField.Chain),
            ImportWords.Products(row.Text(ImportField.Products)), contact is (null, null, null) ? null : contact, row.YesNo(ImportField.ListPublicly));
        var activityTitle = row.Text(ImportField.Activity);
        var activityDate = row.Date(ImportField.ActivityDate);
        var activity = activityTitle is null && activityDate is null ? null : new AddActivityRequest(activityDate, activityTitle);
        var evidenceDated = row.Date(ImportField.EvidenceDated);
        var valid = RequestCheck.Validate(request, row, ParticipantFields, services)
            & (activity is null || RequestCheck.Validate(activity, row, ActivityFields, services))
            & NotAhead(row, ImportField.EvidenceDated, evidenceDated, today) & NotAhead(row, ImportField.ActivityDate, activityDate, today);
        return valid ? [new ImportedParticipant(row, request, evidenceDated, activity)] : [];
    }

    private static ParticipantKind? Unknown(ImportRow row, string word)
    {
        row.Error(ImportField.Kind, ImportRowTexts.Current.NotAKind(ImportText.Quote(word), ImportWords.KindChoices));
        return null;
    }

    private static IEnumerable<ImportedMember> Member(ImportRow row, IServiceProvider services)
    {
        var sectorWord = row.Text(ImportField.Sector);
        var sector = sectorWord is null ? null : ImportWords.SectorOf(sectorWord);
        if (sectorWord is not null && sector is null)
        {
            row.Error(ImportField.Sector, ImportRowTexts.Current.NotASector(ImportText.Quote(sectorWord), ImportWords.SectorChoices));
            return [];
        }

        var request = new AddMemberRequest(row.Text(ImportField.Name), sector, row.Text(ImportField.Organisation));
        return RequestCheck.Validate(request, row, MemberFields, services) ? [new ImportedMember(row, request)] : [];
    }

    private static IEnumerable<ImportedArticle> Article(ImportRow row, DateOnly today, IServiceProvider services)
    {
        var request = new AddArticleRequest(row.Date(ImportField.PublishedOn), row.Text(ImportField.Outlet), row.Text(ImportField.Headline), row.Text(ImportField.Link));
        return RequestCheck.Validate(request, row, ArticleFields, services) & NotAhead(row, ImportField.PublishedOn, request.PublishedOn, today)
            ? [new ImportedArticle(row, request)] : [];
    }

    private static ImportedCouncil Council(IXLWorksheet sheet, SheetTable table, ISet<string> cells, ImportErrors errors, IServiceProvider services)
    {
        var adopted = SheetTable.Cell(sheet, 1, 2, ImportField.ResolutionAdoptedOn, ImportColumns.ResolutionLabel(sheet.Name), cells, errors)
            .Date(ImportField.ResolutionAdoptedOn);
        var products = new List<string>();
        ImportRow? first = null;
        foreach (var row in table.Rows)
        {
            if (row.Text(ImportField.Product) is not { } product)
            {
                continue;
            }

            first ??= row;
            if (products.Count == ProductListAttribute.MaxProducts)
            {
                row.Error(ImportField.Product, ImportRowTexts.Current.CouncilProductsAtMost(ProductListAttribute.MaxProducts));
                break;
            }

            // Each product checked on its own row, so an error points at it.
            if (RequestCheck.Validate(new SetCouncilRequest(null, [product]), row, CouncilFields, services))
            {
                products.Add(product);
            }
        }

        return new ImportedCouncil(adopted, ProductListAttribute.Normalize([.. products]), first);
    }

    /// <summary>A day at most tomorrow, as the API allows for evidence, activities and articles.</summary>
    private static bool NotAhead(ImportRow row, ImportField field, DateOnly? day, DateOnly today)
    {
        if (Days.IsPastTomorrow(day, today))
        {
            row.Error(field, ImportRowTexts.Current.MoreThanADayAhead(day!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return false;
        }

        return true;
    }
}
