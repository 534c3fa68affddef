using System.Runtime.CompilerServices;
using System.Xml;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Walks an export element by element and turns each into one row result.</summary>
internal static class ExportReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static async IAsyncEnumerable<AdapterRow> ReadAsync(
        Stream input, AdapterContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(input, Settings);
        var cursor = new ExportCursor(reader);
        var root = await cursor.RootAsync(cancellationToken).ConfigureAwait(false);
        var refusal = root.Kind == ExportNodeKind.Fault ? XmlFault.Reject(root) : CheckRoot(root, context);
        if (refusal is not null)
        {
            yield return refusal;
            yield break;
        }

        while (true)
        {
            var node = await cursor.NextAsync(cancellationToken).ConfigureAwait(false);
            switch (node.Kind)
            {
                case ExportNodeKind.End:
                    yield break;
                case ExportNodeKind.Fault:
                    yield return XmlFault.Reject(node);
                    yield break;
                default:
                    yield return Map(node);
                    break;
            }
        }
    }

    private static AdapterRow? CheckRoot(ExportNode root, AdapterContext context)
    {
        if (!string.Equals(root.Name, "Export", StringComparison.Ordinal))
        {
            return AdapterRow.Reject(root.Line, "Export", "the root element must be Export");
        }

        return string.Equals(root.Force?.Trim(), context.AgencyCode, StringComparison.OrdinalIgnoreCase)
            ? null
            : AdapterRow.Reject(root.Line, "Export@force", "the export's force does not match the pushing agency");
    }

    private static AdapterRow Map(ExportNode node) => node.Kind switch
    {
        ExportNodeKind.Ocg => OcgMapper.Map(node.Element!, node.Line),
        ExportNodeKind.Nominal => NominalMapper.Map(node.Element!, node.Line),
        ExportNodeKind.Text => AdapterRow.Reject(node.Line, "Export", "text outside an Ocg or Nominal element is not allowed"),
        _ => AdapterRow.Reject(node.Line, node.Name, "is not a known element here; expected Ocg or Nominal"),
    };
}
