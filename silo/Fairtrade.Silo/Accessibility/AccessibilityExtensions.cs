namespace Fairtrade.Silo.Accessibility;

public static class AccessibilityExtensions
{
    /// <summary>Barrier reports: their limit per client address, and the mail that tells the operator of each.</summary>
    public static WebApplicationBuilder AddFairtradeAccessibility(this WebApplicationBuilder builder)
    {
        builder.AddBarrierReportLimit();
        builder.Services.AddSingleton<BarrierNotices>();
        return builder;
    }
}
