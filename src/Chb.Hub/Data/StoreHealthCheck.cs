using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chb.Hub.Data;

/// <summary>Healthy while the store answers a trivial read.</summary>
internal sealed class StoreHealthCheck(StoreStatusQueries status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await status.GetLastSequenceAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The store did not answer.");
        }
    }
}
