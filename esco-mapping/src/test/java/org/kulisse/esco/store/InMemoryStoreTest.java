package org.kulisse.esco.store;

class InMemoryStoreTest extends FrameworkStoreContract {
    @Override
    FrameworkStore open() {
        return FrameworkStore.inMemory();
    }
}
