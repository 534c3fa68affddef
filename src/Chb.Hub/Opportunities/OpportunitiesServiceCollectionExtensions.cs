using Chb.Hub.Tactics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chb.Hub.Opportunities;

/// <summary>Registers the tactics catalogue, the opportunity projection and what the Disruption service reads.</summary>
internal static class OpportunitiesServiceCollectionExtensions
{
    public static IServiceCollection AddHubOpportunities(this IServiceCollection services)
    {
        services.AddHubTactics();
        services.TryAddSingleton<OpportunityDerivation>();
        services.TryAddSingleton<SubjectRefresh>();
        services.TryAddSingleton<OpportunityBatch>();
        services.TryAddSingleton<OpportunityProgress>();
        services.AddHostedService<OpportunityProjector>();
        return services;
    }
}
