using Fairtrade.Silo.UploadLinks;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceExtensions
{
    /// <summary>Interrupted uploads settled at start (the file store itself comes with the silo's storage).</summary>
    public static WebApplicationBuilder AddFairtradeEvidenceFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<FileRecovery>();
        builder.Services.AddSingleton<UploadLinkQuota>();
        return builder;
    }
}
