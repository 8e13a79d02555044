namespace Fairtrade.Silo.Imports;

/// <summary>
/// What an import did, or would do (<c>dryRun</c>): participants, steering-group members, articles and the council
/// counted as created, updated or unchanged. With any error nothing is applied.
/// </summary>
public sealed record ImportReport(bool Applied, int Created, int Updated, int Unchanged, ImportError[] Errors);
