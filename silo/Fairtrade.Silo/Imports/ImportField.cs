namespace Fairtrade.Silo.Imports;

/// <summary>What a column of an imported sheet holds, whatever its header says.</summary>
public enum ImportField
{
    Id,
    Name,
    Kind,
    Address,
    Chain,
    Products,
    ListPublicly,
    ContactPerson,
    Email,
    Phone,
    EvidenceDated,
    Activity,
    ActivityDate,
    Organisation,
    Sector,
    Product,
    PublishedOn,
    Outlet,
    Headline,
    Link,
    ResolutionAdoptedOn,

    /// <summary>A column the workbook shows but the import does not read (it is worked out, not entered).</summary>
    Derived,
}
