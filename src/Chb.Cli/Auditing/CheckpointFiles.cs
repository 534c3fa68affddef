using System.Text.Json;
using Chb.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chb.Cli.Auditing;

/// <summary>Checkpoints kept outside the hub as JSON files, to catch a later rewrite of the whole chain.</summary>
internal static class CheckpointFiles
{
    public static CheckpointFile From(Checkpoint checkpoint)
        => new(checkpoint.Position, checkpoint.HeadHash, checkpoint.At?.ToDateTimeOffset() ?? default, checkpoint.Signature);

    public static Checkpoint ToContract(CheckpointFile file) => new()
    {
        Position = file.Position,
        HeadHash = file.HeadHash,
        At = Timestamp.FromDateTimeOffset(file.At),
        Signature = file.Signature,
    };

    public static async Task WriteAsync(string path, CheckpointFile checkpoint, CancellationToken cancellationToken)
        => await File.WriteAllTextAsync(path, JsonSerializer.Serialize(checkpoint, CliJson.Output.CheckpointFile) + "\n", cancellationToken);

    /// <summary>Reads a checkpoint file, or fails with one line saying why it is not one.</summary>
    public static async Task<CheckpointFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        CheckpointFile? file;
        try
        {
            file = JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken), CliJson.Output.CheckpointFile);
        }
        catch (JsonException ex)
        {
            throw new CliExitException(ExitCodes.LocalFile, $"{path} is not a checkpoint as chb audit checkpoint writes it: {ex.Message}", ex);
        }

        return file is { HeadHash.Length: > 0, Signature.Length: > 0 } && file.At != default
            ? file
            : throw new CliExitException(ExitCodes.LocalFile, $"{path} is not a checkpoint as chb audit checkpoint writes it: it needs position, headHash, at and signature");
    }
}
