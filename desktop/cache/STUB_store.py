"""INTERFACE SPEC (to be implemented in desktop/cache/store.py, keys.py, database.py).

keys.py
-------
@dataclass(frozen=True) class CacheKey: raw: bytes | None; passphrase: str | None
    (exactly one set). ``pragma()`` -> the value for ``PRAGMA key`` ("x'<64 hex>'" for raw,
    the quoted passphrase otherwise).

class KeyStore:
    def __init__(self, profile_dir: Path, backend: keyring.backend.KeyringBackend | None = None,
                 env: Mapping[str, str] = os.environ) -> None
    def load(self) -> CacheKey | None          # existing key: keychain first (if recommended),
                                                # else QUORUM_CACHE_PASSPHRASE; None if none yet
    def create(self) -> CacheKey               # new random 32-byte key saved in the keychain;
                                                # raises InsecureKeychain if the backend is not
                                                # recommended and PassphraseRequired is up to the
                                                # caller (see key_for_new_cache)
    def key_for(self, passphrase: str | None = None) -> CacheKey
        # what the app calls: the keychain key (created if missing) when the backend is
        # recommended; else the passphrase argument, else QUORUM_CACHE_PASSPHRASE; else raise
        # PassphraseRequired. Records in profile_dir/"cache.json" (no secrets) which mode the
        # cache uses ("keychain" | "passphrase") so a later start knows what to ask for.
    def forget(self) -> None                   # delete the keychain entry (reset / wipe)
    @property
    def uses_keychain(self) -> bool
Keychain entry: service "Quorum cache", username = a stable id of the profile folder
(sha256 of its resolved path, 16 hex chars).

database.py
-----------
SCHEMA_VERSION: int   (PRAGMA user_version)
def open_database(path: Path, key: CacheKey) -> sqlcipher3.Connection
    # PRAGMA key first; then check the key with a read (wrong key -> CacheLocked); WAL;
    # temp_store=MEMORY; foreign_keys=ON; secure_delete=ON; runs numbered migrations in ONE
    # transaction; a user_version above SCHEMA_VERSION -> CacheTooNew.
def delete_database(path: Path) -> None   # the db, -wal, -shm

store.py
--------
class CacheStore:  (thread-safe: one connection, check_same_thread=False, guarded by an RLock;
                    every write in BEGIN IMMEDIATE ... COMMIT)
    @classmethod open(cls, profile_dir: Path, key: CacheKey) -> CacheStore   # file cache.db
    close() -> None                           # checkpoint(TRUNCATE) then close
    checkpoint() -> None
    # account
    account() -> Account | None
    token() -> str | None
    save_sign_in(account: Account, token: str) -> None
    forget_token() -> None                    # keeps the content; the member must sign in again
    # pull
    cursor() -> str | None
    apply_page(page: protocol.models.SyncPage) -> dict[str, int]
        # ONE transaction: if page.reset wipe all synced tables (not the outbox, not the
        # account); apply each change by kind (unknown kinds ignored; delete of an unknown id is
        # a no-op; deleting a committee deletes its documents and memberships); store
        # page.next_cursor; also store last_sync = page.server_time. Returns counts applied
        # per kind.
    last_sync() -> datetime | None
    # reading
    organisation_name() -> str | None
    committees() -> list[Committee]           # only those the member belongs to; board first,
                                              # then bureau, then by name
    documents(committee_id: str | None) -> list[DocumentSummary]   # newest published first;
                                              # None -> organisation-wide documents
    document(document_id: str) -> Document | None
    unread_count(committee_id: str | None) -> int
    counts() -> dict[str, int]                # {"committee": n, "document": n, "member": n,
                                              #  "membership": n, "read_receipt": n,
                                              #  "outbox_pending": n}
    # outbox
    mark_read(document_id: str, read_at: datetime) -> bool
        # ONE transaction: local read receipt + outbox row (kind "document.read");
        # False and nothing queued when already read
    enqueue(kind: str, data: dict) -> OutboxEntry   # client_id uuid4 hex; seq from outbox seq
    pending(limit: int) -> list[protocol.models.Mutation]   # state pending, seq order
    record_results(results: list[protocol.models.MutationResult]) -> None
    outbox() -> list[OutboxEntry]             # newest first
    retry(seq: int) -> None                   # rejected -> pending again
    wipe_synced_data() -> None
"""
