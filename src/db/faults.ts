/**
 * Named fault points for tests: a command calls `faultPoint('inventory.after-stock-write')`
 * and a test arms it to throw there, to prove that everything written before the fault
 * rolls back. Disarmed points cost one Map lookup.
 */
const armed = new Map<string, () => Error>();

export function faultPoint(name: string): void {
  const make = armed.get(name);
  if (make) {
    armed.delete(name);
    throw make();
  }
}

export function armFault(name: string, make: () => Error = () => new Error(`injected fault at ${name}`)): void {
  armed.set(name, make);
}

export function disarmFaults(): void {
  armed.clear();
}
