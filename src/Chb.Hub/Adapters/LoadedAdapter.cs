using Chb.Adapters;
using Polly;
using Polly.CircuitBreaker;

namespace Chb.Hub.Adapters;

/// <summary>A plugin adapter the host loaded, with the circuit breaker that guards it.</summary>
internal sealed record LoadedAdapter(
    IHubAdapter Adapter,
    AdapterDescriptor Descriptor,
    string AssemblyPath,
    ResiliencePipeline Breaker,
    CircuitBreakerStateProvider BreakerState)
{
    public bool IsTripped => BreakerState.CircuitState is CircuitState.Open or CircuitState.Isolated;
}

/// <summary>A plugin the host found but refused to load, and why.</summary>
internal sealed record RefusedPlugin(string Path, string Reason);
