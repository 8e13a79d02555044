using Fairtrade.Abstractions.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>The town's audit trail, newest first: who changed what, from what to what. Read-only, like the log itself.</summary>
public sealed class AuditModel(IGrainFactory grains, IAuditLog log) : TownPageModel(grains)
{
    /// <summary>A page shows the latest entries; the API gives the whole trail.</summary>
    public const int Shown = 500;

    public override string Tab => "audit";

    public AuditEntry[] Entries { get; private set; } = [];

    public int Total { get; private set; }

    protected override async Task<IActionResult> LoadAsync()
    {
        var entries = await log.ReadAsync(Town.Slug, null, HttpContext.RequestAborted);
        Total = entries.Count;
        Entries = [.. entries.Reverse().Take(Shown)];
        return Page();
    }
}
