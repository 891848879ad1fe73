#pragma once

// The core's classes that ui/ headers name only by reference or pointer,
// declared once: a header includes this rather than the core's headers (and
// all they include) or a list of declarations of its own.

class QUndoStack;

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store
namespace vault {
class Vault;
class VaultSession;
} // namespace vault
} // namespace kamae
