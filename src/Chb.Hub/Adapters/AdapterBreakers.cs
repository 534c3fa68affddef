using Chb.Hub.Options;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace Chb.Hub.Adapters;

/// <summary>
/// Builds one circuit breaker per adapter, once, at load. A push that ends in an adapter fault (it threw,
/// hung or broke the contract) counts as a failure; enough of them trip the adapter and its pushes are
/// refused until the break ends. Faults of the pusher or the store never count against an adapter.
/// </summary>
internal sealed class AdapterBreakers(IOptions<AdapterHostOptions> options, TimeProvider time)
{
    public (ResiliencePipeline Pipeline, CircuitBreakerStateProvider State) Create(string adapterId)
    {
        var settings = options.Value;
        var state = new CircuitBreakerStateProvider();
        var pipeline = new ResiliencePipelineBuilder { Name = $"adapter:{adapterId}", TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<AdapterFaultException>(),
                StateProvider = state,
            })
            .Build();
        return (pipeline, state);
    }
}
