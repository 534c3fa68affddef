using System.Xml;
using System.Xml.Linq;

namespace Chb.Plugins.Police;

/// <summary>
/// Moves through an export one top-level element at a time, loading only that element, and turns
/// every XML fault into a <see cref="ExportNodeKind.Fault"/> node instead of an exception.
/// </summary>
internal sealed class ExportCursor(XmlReader reader)
{
    private readonly IXmlLineInfo? _lineInfo = reader as IXmlLineInfo;

    private long Line => Math.Max(1, _lineInfo?.LineNumber ?? 1);

    public async Task<ExportNode> RootAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await reader.MoveToContentAsync().ConfigureAwait(false);
            return new ExportNode(ExportNodeKind.Root, Line, reader.LocalName) { Force = reader.GetAttribute("force") };
        }
        catch (XmlException ex)
        {
            return Faulted(ex);
        }
    }

    public async Task<ExportNode> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.Depth != 1)
                {
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element)
                {
                    return await ElementAsync(cancellationToken).ConfigureAwait(false);
                }

                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    return new ExportNode(ExportNodeKind.Text, Line, string.Empty);
                }
            }

            return new ExportNode(ExportNodeKind.End, Line, string.Empty);
        }
        catch (XmlException ex)
        {
            return Faulted(ex);
        }
    }

    private async Task<ExportNode> ElementAsync(CancellationToken cancellationToken)
    {
        var line = Line;
        var name = reader.LocalName;
        var kind = name switch
        {
            "Ocg" => ExportNodeKind.Ocg,
            "Nominal" => ExportNodeKind.Nominal,
            _ => ExportNodeKind.Unknown,
        };

        using var subtree = reader.ReadSubtree();
        if (kind == ExportNodeKind.Unknown)
        {
            // Skip without building it: an unknown element may be large.
            while (await subtree.ReadAsync().ConfigureAwait(false))
            {
            }

            return new ExportNode(kind, line, name);
        }

        var element = await XElement.LoadAsync(subtree, LoadOptions.None, cancellationToken).ConfigureAwait(false);
        return new ExportNode(kind, line, name) { Element = element };
    }

    private static ExportNode Faulted(XmlException ex)
        => new(ExportNodeKind.Fault, Math.Max(1, ex.LineNumber), string.Empty) { Fault = ex };
}
