package org.karvon.registry;

public enum PostKind {

	/** A road crossing on a land border. */
	BORDER,
	/** An inland customs office where transit starts or ends. */
	INLAND,
	/** A sea or ferry port. */
	PORT,
	/** A rail border station. */
	RAIL

}
