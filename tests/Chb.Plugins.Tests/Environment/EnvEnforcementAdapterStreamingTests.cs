using Chb.Adapters;
using Chb.Plugins.Environment;
using Chb.Plugins.Tests.Support;
using Xunit.Abstractions;

namespace Chb.Plugins.Tests.Environment;

[CollectionDefinition(nameof(EnvEnforcementAdapterStreamingTests), DisableParallelization = true)]
public sealed class EnvStreamingCollection;

/// <summary>Memory is sampled process-wide, so these run alone, after the parallel tests.</summary>
[Collection(nameof(EnvEnforcementAdapterStreamingTests))]
public sealed class EnvEnforcementAdapterStreamingTests(ITestOutputHelper output)
{
    private const long TargetBytes = 200L * 1024 * 1024;
    private const long PeakBound = 64L * 1024 * 1024;

    private static readonly string Template = EnvJsonl.Compact("""
        {"caseId":"FT-@ID@","service":"FlyTipping","offenceCode":"EPA1990-s33","reportedAt":"2024-03-02T14:05:00+00:00",
         "status":"Open","location":{"uprn":"@UPRN@","easting":417250,"northing":433650,
         "address":"Garages rear of Kenmore Road, Bradford","postcode":"BD3 8QY"},
         "parties":[{"role":"Suspect","name":{"given":"Dean","family":"Holt"},"dob":"1991-07-14"},{"role":"Driver","vrm":"YX19 ABC"},
                    {"role":"Reporter","name":{"given":"P","family":"L"}}],
         "outcome":"None","notes":"Waste dumped"}
        """);

    [Fact]
    public async Task ParseAsync_TwoHundredMegabytes_StreamsInBoundedMemory()
    {
        // Arrange: every 1,000th line is not JSON; every 100th is blank (counted, not yielded).
        var generated = new long[3];
        using var stream = new GeneratedStream(Lines(kind => generated[kind]++));
        var adapter = new EnvEnforcementAdapter();
        long accepted = 0, rejected = 0, lastRow = 0, peak = 0;

        // Start from a collected heap, so garbage left by earlier tests does not count against the bound.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        // Act
        await foreach (var row in adapter.ParseAsync(stream, new AdapterContext("ENV", AgencyKind.EnvironmentalServices, "big.jsonl"), CancellationToken.None))
        {
            if (row.Record is null)
            {
                rejected++;
            }
            else
            {
                accepted++;
            }

            lastRow = row.RowNumber;
            if ((accepted + rejected) % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        // Assert
        output.WriteLine($"{stream.BytesProduced:N0} bytes, {accepted + rejected:N0} rows, managed heap {baseline:N0} bytes at start, peak {peak:N0}");
        Assert.True(stream.BytesProduced >= TargetBytes, $"only {stream.BytesProduced} bytes were generated");
        Assert.Equal((generated[0], generated[2]), (accepted, rejected));
        Assert.Equal(generated.Sum(), lastRow);
        Assert.True(peak < PeakBound, $"peak managed heap {peak / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task ParseAsync_LineOverOneMebibyte_RejectsItAndCarriesOn()
    {
        var huge = "{\"caseId\":\"" + new string('x', JsonLineReader.MaxLineChars) + "\"}";

        var rows = await EnvJsonl.ParseLinesAsync(EnvJsonl.ValidLine, huge, EnvJsonl.ValidLine);

        Assert.Equal([1L, 2, 3], rows.Select(r => r.RowNumber));
        Assert.Equal("line", rows[1].Rejection!.Field);
        Assert.NotNull(rows[2].Record);
    }

    /// <summary>Reports 0 for a record line, 1 for a blank line and 2 for a broken one.</summary>
    private static IEnumerable<string> Lines(Action<int> onLine)
    {
        long bytes = 0, i = 0;
        while (bytes < TargetBytes)
        {
            i++;
            var kind = i % 1000 == 0 ? 2 : i % 100 == 0 ? 1 : 0;
            var line = kind switch
            {
                1 => "\r\n",
                2 => $"not json {i}\r\n",
                _ => Template.Replace("@ID@", $"{i}", StringComparison.Ordinal)
                    .Replace("@UPRN@", $"{i % 999_999_999 + 1}", StringComparison.Ordinal) + "\n",
            };
            bytes += line.Length;
            onLine(kind);
            yield return line;
        }
    }
}
