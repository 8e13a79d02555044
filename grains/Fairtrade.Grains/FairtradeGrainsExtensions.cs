using System.Text.Json;
using System.Text.Json.Serialization;
using Fairtrade.Grains.Towns;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fairtrade.Grains;

public static class FairtradeGrainsExtensions
{
    /// <summary>Registers what the grains need besides storage: the rulesets, the product vocabulary, the clock, the status's JSON and the board where towns post it.</summary>
    public static IServiceCollection AddFairtradeGrainServices(this IServiceCollection services, RulesetCatalog rulesets)
    {
        services.AddSingleton(rulesets);
        services.AddSingleton(ProductVocabulary.Default);
        services.AddKeyedSingleton(CampaignClock.ServiceKey, TimeProvider.System);
        // The API's spelling (camelCase, kebab-case enums); the silo hands in the API's own options.
        services.TryAddSingleton(new StatusJson(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        }));
        services.AddSingleton<StatusBoard>();
        return services;
    }
}
