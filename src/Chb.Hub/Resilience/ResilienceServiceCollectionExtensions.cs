using Chb.Hub.Options;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

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
        services.AddResiliencePipeline(ResiliencePipelineKeys.Store, static (builder, context) =>
            AddStore(builder, context.ServiceProvider.GetRequiredService<IOptions<StorageOptions>>().Value));
        return services;
    }

    /// <summary>Total timeout, then retry with jittered backoff on transient store errors, then a per-attempt timeout.</summary>
    private static void AddStore(ResiliencePipelineBuilder builder, StorageOptions storage) => builder
        .AddTimeout(storage.TotalTimeout)
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientStoreErrors.IsTransient).Handle<TimeoutRejectedException>(),
            MaxRetryAttempts = storage.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(100),
        })
        .AddTimeout(storage.AttemptTimeout);
}
