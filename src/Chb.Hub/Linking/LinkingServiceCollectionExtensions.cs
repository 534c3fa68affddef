using Chb.Linking;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chb.Hub.Linking;

/// <summary>Registers the linking projection: the matcher's options, the projector and what the Admin service needs.</summary>
internal static class LinkingServiceCollectionExtensions
{
    public static IServiceCollection AddHubLinking(this IServiceCollection services)
    {
        services.AddOptions<LinkingOptions>().BindConfiguration(LinkingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LinkageOptions>().BindConfiguration(LinkageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LinkSubjects>();
        services.TryAddSingleton<LinkingProgress>();
        services.TryAddSingleton<ChangeFeed>();
        services.TryAddSingleton<PairScorer>();
        services.TryAddSingleton<Reclusterer>();
        services.TryAddSingleton<ProjectionBatch>();
        services.TryAddSingleton<LinkQueries>();
        services.TryAddSingleton<JudgementStore>();
        services.TryAddSingleton<ProjectionReset>();
        services.TryAddSingleton<LinkAdministration>();
        services.AddHostedService<LinkProjector>();
        return services;
    }
}
