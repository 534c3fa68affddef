namespace Chb.Hub.Audit;

/// <summary>What a verification found.</summary>
internal sealed record AuditVerification(bool Intact, long EntriesChecked, long FirstBadPosition, string Detail);

/// <summary>
/// Recomputes the chain from the first entry: any edited, deleted, inserted or reordered entry changes a
/// hash or breaks the run of positions. A checkpoint exported earlier also catches a rewrite of the whole chain.
/// </summary>
internal sealed class AuditVerifier(AuditLog log)
{
    private const int PageSize = 2000;

    public async Task<AuditVerification> VerifyAsync(AuditCheckpoint? against, byte[] checkpointKey, CancellationToken cancellationToken)
    {
        if (against is not null && !string.Equals(AuditHashing.Sign(checkpointKey, against.Position, against.HeadHash, against.At), against.Signature, StringComparison.Ordinal))
        {
            return new AuditVerification(false, 0, against.Position, "the checkpoint's signature is not the hub's");
        }

        var expectedPrevious = AuditHashing.Genesis;
        long checkedCount = 0;
        long after = 0;
        var checkpointSeen = against is null;
        while (true)
        {
            var page = await log.ReadAsync(after, PageSize, actor: null, cancellationToken);
            foreach (var entry in page)
            {
                var expectedPosition = checkedCount + 1;
                if (entry.Position != expectedPosition)
                {
                    return new AuditVerification(false, checkedCount, expectedPosition, $"entry {expectedPosition} is missing");
                }

                if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal)
                    || !string.Equals(AuditHashing.EntryHash(entry.PreviousHash, entry.Position, entry.At, entry.Event), entry.EntryHash, StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedCount, entry.Position, $"entry {entry.Position} does not match its hash chain");
                }

                if (against is not null && entry.Position == against.Position)
                {
                    if (!string.Equals(entry.EntryHash, against.HeadHash, StringComparison.Ordinal))
                    {
                        return new AuditVerification(false, checkedCount, entry.Position, $"entry {entry.Position} differs from the exported checkpoint");
                    }

                    checkpointSeen = true;
                }

                expectedPrevious = entry.EntryHash;
                checkedCount++;
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].Position;
        }

        return checkpointSeen
            ? new AuditVerification(true, checkedCount, 0, "intact")
            : new AuditVerification(false, checkedCount, against!.Position, "the log is shorter than the exported checkpoint");
    }
}

/// <summary>A signed statement of the chain's head at a position, for keeping outside the hub.</summary>
internal sealed record AuditCheckpoint(long Position, string HeadHash, DateTimeOffset At, string Signature);
