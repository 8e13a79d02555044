using Fairtrade.Abstractions.Accessibility;
using Fairtrade.Silo.Pages.Accessibility;
using Microsoft.AspNetCore.Authorization;

namespace Fairtrade.Silo.Pages.Admin;

/// <summary>The barriers people reported through the accessibility statement, newest first, for the admin to answer.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class BarriersModel(IGrainFactory grains) : AccessibilityPageModel
{
    public BarrierReport[] Reports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Speak(t => t.Reports);
        Reports = [.. (await grains.BarrierReports().ListAsync()).Reverse()];
    }
}
