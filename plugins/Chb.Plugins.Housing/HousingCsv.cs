using Chb.Adapters;
using CsvHelper;

namespace Chb.Plugins.Housing;

internal enum CsvStep
{
    Record,
    End,
    TooLarge,
}

internal static class HousingCsv
{
    public const long HeaderRow = 1;

    // Notes are free text, but a record past this size is an unclosed quote swallowing the file.
    private const int MaxRecordBytes = 1024 * 1024;

    public static CsvReaderOptions CreateOptions(HashSet<long> malformedRows) => new()
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        DetectSeparatorHint = false,
        IncludeValuesInExceptions = false,
        MaxRecordSize = MaxRecordBytes,
        NormalizeHeaderName = static name => string.Concat(name.Where(c => !char.IsWhiteSpace(c))),
        OnMalformedRecord = record => malformedRows.Add(record.RecordNumber),
    };

    public static async ValueTask<AdapterRow?> ReadHeaderAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
        }
        catch (CsvFormatException)
        {
            return TooLargeRejection(HeaderRow);
        }

        return csv.Headers.Count == 0
            ? AdapterRow.Reject(HeaderRow, "header", "the file is empty: a header row is required")
            : null;
    }

    public static async ValueTask<CsvStep> NextAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadAsync(cancellationToken) ? CsvStep.Record : CsvStep.End;
        }
        catch (CsvFormatException)
        {
            return CsvStep.TooLarge;
        }
    }

    public static AdapterRow TooLargeRejection(long rowNumber)
        => AdapterRow.Reject(
            rowNumber,
            "row",
            "the row is larger than 1 MiB, most likely an unclosed quote; the rest of the file was not read");
}
