using Chb.Adapters;
using Chb.Plugins.Police;
using Chb.Plugins.Tests.Support;
using Xunit.Abstractions;

namespace Chb.Plugins.Tests.Police;

[CollectionDefinition(nameof(PoliceLargeExportCollection), DisableParallelization = true)]
public sealed class PoliceLargeExportCollection;

// Runs alone: GC.GetTotalMemory measures the whole process, so parallel tests would blur the peak.
[Collection(nameof(PoliceLargeExportCollection))]
public sealed class PoliceLargeExportTests(ITestOutputHelper output)
{
    private const int Nominals = 250_000;
    private const long MinimumBytes = 200L * 1024 * 1024;
    private const long PeakBound = 64L * 1024 * 1024;

    [Fact]
    public async Task ParseAsync_200MegabyteExport_StreamsEveryNominalInBoundedMemory()
    {
        await using var stream = new GeneratedStream(PoliceExports.GeneratedLines(Nominals));
        var context = new AdapterContext("WYP", AgencyKind.Police, "large.xml");
        long accepted = 0, rows = 0, peak = GC.GetTotalMemory(false);

        await foreach (var row in new PoliceNominalsAdapter().ParseAsync(stream, context, CancellationToken.None))
        {
            rows++;
            accepted += row.Record is null ? 0 : 1;
            if (rows % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
            }
        }

        output.WriteLine($"{stream.BytesProduced:N0} bytes, {rows:N0} rows, peak managed heap {peak:N0} bytes");
        Assert.Equal(Nominals, rows);
        Assert.Equal(Nominals, accepted);
        Assert.True(stream.BytesProduced >= MinimumBytes, $"generated only {stream.BytesProduced:N0} bytes");
        Assert.True(peak < PeakBound, $"peak managed heap {peak:N0} bytes is over {PeakBound:N0}");
    }
}
