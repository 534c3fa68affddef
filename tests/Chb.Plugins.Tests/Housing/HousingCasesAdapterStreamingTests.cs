using System.Text;
using Chb.Adapters;
using Chb.Plugins.Housing;
using Chb.Plugins.Tests.Support;
using Xunit.Abstractions;

namespace Chb.Plugins.Tests.Housing;

[CollectionDefinition(nameof(HousingCasesAdapterStreamingTests), DisableParallelization = true)]
public sealed class HousingStreamingCollection;

/// <summary>Memory is sampled process-wide, so these run alone, after the parallel tests.</summary>
[Collection(nameof(HousingCasesAdapterStreamingTests))]
public sealed class HousingCasesAdapterStreamingTests(ITestOutputHelper output)
{
    private const long TargetBytes = 200L * 1024 * 1024;
    private const long PeakBound = 64L * 1024 * 1024;

    [Fact]
    public async Task ParseAsync_TwoHundredMegabytes_StreamsInBoundedMemory()
    {
        // Arrange: every 1,000th row has a bad postcode; every row has a quoted two-line note.
        var produced = 0L;
        using var stream = new GeneratedStream(Lines(i => produced = i));
        var adapter = new HousingCasesAdapter();
        long accepted = 0, rejected = 0, peak = 0;

        // Start from a collected heap, so garbage left by earlier tests does not count against the bound.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        // Act
        await foreach (var row in adapter.ParseAsync(stream, new AdapterContext("BDC", AgencyKind.Housing, "big.csv"), CancellationToken.None))
        {
            if (row.Record is null)
            {
                rejected++;
            }
            else
            {
                accepted++;
            }

            if ((accepted + rejected) % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        // Assert
        output.WriteLine($"{stream.BytesProduced:N0} bytes, {accepted + rejected:N0} rows, managed heap {baseline:N0} bytes at start, peak {peak:N0}");
        Assert.True(stream.BytesProduced >= TargetBytes, $"only {stream.BytesProduced} bytes were generated");
        Assert.Equal(produced, accepted + rejected);
        Assert.Equal(produced / 1000, rejected);
        Assert.True(peak < PeakBound, $"peak managed heap {peak / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task ParseAsync_UnclosedQuoteOverOneMegabyte_RejectsRowAndStops()
    {
        var text = new StringBuilder(HousingCsvBuilder.Header).Append("\r\n").Append(HousingCsvBuilder.Row()).Append("\r\n")
            .Append(HousingCsvBuilder.Row(("Notes", "\"never closed"))).Append("\r\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(HousingCsvBuilder.Row()).Append("\r\n");
        }

        var rows = await HousingCsvBuilder.ParseAsync(text.ToString());

        Assert.Equal(2, rows.Count);
        Assert.Equal((3L, "row"), (rows[1].RowNumber, rows[1].Rejection!.Field));
    }

    [Fact]
    public async Task ParseAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var text = HousingCsvBuilder.Header + "\r\n" + HousingCsvBuilder.Row() + "\r\n" + HousingCsvBuilder.Row() + "\r\n";
        await using var rows = new HousingCasesAdapter()
            .ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), new AdapterContext("BDC", AgencyKind.Housing, "x"), cts.Token)
            .GetAsyncEnumerator(cts.Token);

        Assert.True(await rows.MoveNextAsync());
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await rows.MoveNextAsync());
    }

    private static IEnumerable<string> Lines(Action<long> onRow)
    {
        yield return HousingCsvBuilder.Header + "\r\n";
        long bytes = 0, i = 0;
        while (bytes < TargetBytes)
        {
            i++;
            var postcode = i % 1000 == 0 ? "NOT A POSTCODE" : "BD3 8QX";
            var line = $"ASB/2024/{i:D7},Cuckooing,Open,04/03/2024,,T-{i},Secure,{i % 999_999_999_999 + 1},"
                + $"Flat {i % 200} Kenmore House,Kenmore Road,Bradford,{postcode},Walsh,Doreen,17/05/1958,Tenant,"
                + $"\"Visitors at all hours, \"\"lookouts\"\" on the stairwell\r\nrow {i}\",OFFICIAL-SENSITIVE\r\n";
            bytes += line.Length;
            onRow(i);
            yield return line;
        }
    }
}
