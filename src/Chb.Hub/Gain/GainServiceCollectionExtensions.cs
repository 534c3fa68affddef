using Chb.Hub.GainCoordination;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the container's own namespace, as AddGrpc is, so the hub's entry point registers GAIN with one line.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CHB sites, holdings, the aggregated views and disclosure requests.</summary>
internal static class GainServiceCollectionExtensions
{
    public static IServiceCollection AddHubGain(this IServiceCollection services)
    {
        services.AddOptions<GainOptions>().BindConfiguration(GainOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SiteStore>();
        services.TryAddSingleton<HoldingsReader>();
        services.TryAddSingleton<GainFigures>();
        services.TryAddSingleton<DisclosureRequests>();
        return services;
    }
}
