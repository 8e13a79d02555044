using Fairtrade.Silo.Files;
using Fairtrade.Silo.UploadLinks;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceExtensions
{
    /// <summary>
    /// Interrupted uploads settled at start, files no evidence refers to removed daily, the limits of upload links (the
    /// file store itself comes with the silo's storage).
    /// </summary>
    public static WebApplicationBuilder AddFairtradeEvidenceFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<FileRecovery>();
        builder.Services.AddSingleton<UnusedFileSweep>();
        builder.Services.AddHostedService(services => services.GetRequiredService<UnusedFileSweep>());
        builder.Services.AddSingleton<UploadLinkQuota>();
        return builder;
    }
}
