using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Tactics;

/// <summary>Registers the tactics catalogue: options, the validated singleton, and its load at start.</summary>
internal static class TacticsServiceCollectionExtensions
{
    public static IServiceCollection AddHubTactics(this IServiceCollection services)
    {
        services.AddOptions<TacticsOptions>().BindConfiguration(TacticsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => TacticCatalogue.Load(sp.GetRequiredService<IOptions<TacticsOptions>>().Value.ResolveCataloguePath()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TacticCatalogueStartup>());
        return services;
    }
}
