using Fairtrade.Silo.Files;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceExtensions
{
    /// <summary>Evidence files under <c>{DataDir}/files</c>, with interrupted uploads settled at start.</summary>
    public static WebApplicationBuilder AddFairtradeEvidenceFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => new FileStore(Path.Combine(services.GetRequiredService<IOptions<FairtradeOptions>>().Value.DataDir, "files")));
        builder.Services.AddHostedService<FileRecovery>();
        return builder;
    }
}
