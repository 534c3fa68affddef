using Chb.Hub.Options;
using Microsoft.Extensions.Options;
using Polly;

namespace Chb.Hub.Resilience;

internal static class ResilienceServiceCollectionExtensions
{
    /// <summary>Defines the hub's pipelines once, from validated options.</summary>
    public static IServiceCollection AddHubResilience(this IServiceCollection services)
    {
        services.AddResiliencePipeline(ResiliencePipelineKeys.AdapterRow, (builder, context) =>
            builder.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<AdapterHostOptions>>().Value.RowTimeout));
        services.AddResiliencePipeline(ResiliencePipelineKeys.PushIdle, (builder, context) =>
            builder.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<IngestOptions>>().Value.IdleTimeout));
        services.AddResiliencePipeline(ResiliencePipelineKeys.ReadBarrier, (builder, context) =>
            builder.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<ReadSettings>>().Value.MinSequenceWait));
        return services;
    }
}
