using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains;

public static class FairtradeGrainsExtensions
{
    /// <summary>Registers what the grains need besides storage: the rulesets, the product vocabulary and the clock.</summary>
    public static IServiceCollection AddFairtradeGrainServices(this IServiceCollection services, RulesetCatalog rulesets)
    {
        services.AddSingleton(rulesets);
        services.AddSingleton(ProductVocabulary.Default);
        services.AddKeyedSingleton(CampaignClock.ServiceKey, TimeProvider.System);
        return services;
    }
}
